stub: upstream file of 2519 bytes
