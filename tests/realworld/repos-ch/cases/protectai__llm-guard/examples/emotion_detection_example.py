stub: upstream file of 7588 bytes
