stub: upstream file of 6395 bytes
