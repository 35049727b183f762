stub: upstream file of 21436 bytes
