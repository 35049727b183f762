stub: upstream file of 2182 bytes
