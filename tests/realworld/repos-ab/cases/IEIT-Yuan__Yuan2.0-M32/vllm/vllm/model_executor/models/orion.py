stub: upstream file of 12285 bytes
