stub: upstream file of 19352 bytes
