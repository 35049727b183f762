stub: upstream file of 31032 bytes
