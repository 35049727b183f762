stub: upstream file of 45442 bytes
