stub: upstream file of 4181 bytes
