stub: upstream file of 20269 bytes
