stub: upstream file of 46662 bytes
