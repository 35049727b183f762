stub: upstream file of 6242 bytes
