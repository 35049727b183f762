stub: upstream file of 4046 bytes
