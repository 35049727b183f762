stub: upstream file of 1880 bytes
