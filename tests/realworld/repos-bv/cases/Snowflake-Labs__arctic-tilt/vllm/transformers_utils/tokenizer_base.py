stub: upstream file of 3880 bytes
