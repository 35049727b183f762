stub: upstream file of 6635 bytes
