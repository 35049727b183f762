stub: upstream file of 27476 bytes
