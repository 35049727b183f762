stub: upstream file of 52856 bytes
