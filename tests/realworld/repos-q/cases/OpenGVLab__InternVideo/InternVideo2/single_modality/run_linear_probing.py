stub: upstream file of 40253 bytes
