stub: upstream file of 17105 bytes
