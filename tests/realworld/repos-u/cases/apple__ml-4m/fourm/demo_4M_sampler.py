stub: upstream file of 27975 bytes
