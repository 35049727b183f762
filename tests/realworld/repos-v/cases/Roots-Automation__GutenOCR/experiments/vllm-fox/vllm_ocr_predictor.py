stub: upstream file of 21375 bytes
