stub: upstream file of 21334 bytes
