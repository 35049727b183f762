stub: upstream file of 6669 bytes
