stub: upstream file of 17480 bytes
