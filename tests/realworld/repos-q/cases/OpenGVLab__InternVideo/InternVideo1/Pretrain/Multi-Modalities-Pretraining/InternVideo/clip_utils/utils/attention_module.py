stub: upstream file of 15476 bytes
