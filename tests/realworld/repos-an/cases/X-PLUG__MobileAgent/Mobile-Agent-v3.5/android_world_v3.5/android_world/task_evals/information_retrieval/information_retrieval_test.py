stub: upstream file of 15545 bytes
