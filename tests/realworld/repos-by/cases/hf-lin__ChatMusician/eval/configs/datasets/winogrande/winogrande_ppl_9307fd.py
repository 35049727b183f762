stub: upstream file of 1067 bytes
