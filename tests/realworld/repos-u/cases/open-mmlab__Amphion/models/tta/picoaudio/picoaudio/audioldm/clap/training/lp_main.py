stub: upstream file of 25459 bytes
