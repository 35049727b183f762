stub: upstream file of 1396 bytes
