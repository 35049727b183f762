stub: upstream file of 25666 bytes
