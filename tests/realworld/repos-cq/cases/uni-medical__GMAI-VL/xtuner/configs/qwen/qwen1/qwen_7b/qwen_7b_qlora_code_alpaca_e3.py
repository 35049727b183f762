stub: upstream file of 7644 bytes
