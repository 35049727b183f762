stub: upstream file of 20495 bytes
