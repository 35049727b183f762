stub: upstream file of 20395 bytes
