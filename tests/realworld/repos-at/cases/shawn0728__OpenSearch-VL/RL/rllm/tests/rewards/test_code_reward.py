stub: upstream file of 15793 bytes
