stub: upstream file of 25277 bytes
