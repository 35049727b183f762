stub: upstream file of 2865 bytes
