stub: upstream file of 4736 bytes
