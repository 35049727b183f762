stub: upstream file of 26573 bytes
