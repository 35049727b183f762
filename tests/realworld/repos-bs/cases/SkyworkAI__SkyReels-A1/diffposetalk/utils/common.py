stub: upstream file of 15997 bytes
