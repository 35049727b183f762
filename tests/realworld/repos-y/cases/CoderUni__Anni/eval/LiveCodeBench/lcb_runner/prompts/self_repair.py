stub: upstream file of 17046 bytes
