stub: upstream file of 12530 bytes
