stub: upstream file of 20504 bytes
