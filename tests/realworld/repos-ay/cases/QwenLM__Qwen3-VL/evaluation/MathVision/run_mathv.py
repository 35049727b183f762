stub: upstream file of 17146 bytes
