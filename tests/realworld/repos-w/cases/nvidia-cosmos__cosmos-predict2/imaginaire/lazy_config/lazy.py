stub: upstream file of 18046 bytes
