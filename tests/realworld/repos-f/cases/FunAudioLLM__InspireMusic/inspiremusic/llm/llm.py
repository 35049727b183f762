stub: upstream file of 24133 bytes
