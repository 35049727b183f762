stub: upstream file of 17396 bytes
