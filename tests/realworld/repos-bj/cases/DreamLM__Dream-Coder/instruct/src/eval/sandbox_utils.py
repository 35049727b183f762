stub: upstream file of 5926 bytes
