stub: upstream file of 22556 bytes
