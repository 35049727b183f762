stub: upstream file of 5673 bytes
