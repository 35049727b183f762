stub: upstream file of 24035 bytes
