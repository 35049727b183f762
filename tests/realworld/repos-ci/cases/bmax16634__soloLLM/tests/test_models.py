stub: upstream file of 2889 bytes
