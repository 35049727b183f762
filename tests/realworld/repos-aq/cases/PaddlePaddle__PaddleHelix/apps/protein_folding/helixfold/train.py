stub: upstream file of 23213 bytes
