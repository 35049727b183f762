stub: upstream file of 21250 bytes
