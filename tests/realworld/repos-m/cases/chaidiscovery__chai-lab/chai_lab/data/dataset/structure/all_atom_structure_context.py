stub: upstream file of 23565 bytes
