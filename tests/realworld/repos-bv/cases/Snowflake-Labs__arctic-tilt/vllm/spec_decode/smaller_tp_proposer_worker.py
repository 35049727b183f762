stub: upstream file of 6835 bytes
