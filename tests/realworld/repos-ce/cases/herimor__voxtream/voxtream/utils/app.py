stub: upstream file of 32468 bytes
