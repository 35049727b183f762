stub: upstream file of 1322 bytes
