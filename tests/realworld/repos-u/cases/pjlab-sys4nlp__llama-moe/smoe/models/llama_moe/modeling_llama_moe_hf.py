stub: upstream file of 76322 bytes
