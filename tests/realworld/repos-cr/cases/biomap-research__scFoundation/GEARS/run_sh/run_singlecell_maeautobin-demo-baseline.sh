stub: upstream file of 1429 bytes
