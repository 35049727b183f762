stub: upstream file of 34492 bytes
