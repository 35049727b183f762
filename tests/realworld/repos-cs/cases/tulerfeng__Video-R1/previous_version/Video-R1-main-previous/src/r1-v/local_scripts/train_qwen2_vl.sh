stub: upstream file of 1888 bytes
