stub: upstream file of 11260 bytes
