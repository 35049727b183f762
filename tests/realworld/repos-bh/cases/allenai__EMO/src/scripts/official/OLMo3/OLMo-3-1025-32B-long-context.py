stub: upstream file of 5437 bytes
