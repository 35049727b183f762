stub: upstream file of 21880 bytes
