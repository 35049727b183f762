stub: upstream file of 78291 bytes
