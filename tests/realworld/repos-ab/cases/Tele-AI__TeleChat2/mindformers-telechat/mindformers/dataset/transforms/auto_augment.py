stub: upstream file of 33917 bytes
