stub: upstream file of 23524 bytes
