stub: upstream file of 51446 bytes
