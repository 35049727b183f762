stub: upstream file of 4130 bytes
