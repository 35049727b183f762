stub: upstream file of 16714 bytes
