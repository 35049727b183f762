stub: upstream file of 56885 bytes
