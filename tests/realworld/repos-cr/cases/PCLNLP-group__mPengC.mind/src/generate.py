stub: upstream file of 19492 bytes
