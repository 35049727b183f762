stub: upstream file of 11735 bytes
