stub: upstream file of 20699 bytes
