stub: upstream file of 3699 bytes
