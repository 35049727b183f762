stub: upstream file of 3495 bytes
