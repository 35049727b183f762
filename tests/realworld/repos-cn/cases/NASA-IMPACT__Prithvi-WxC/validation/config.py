stub: upstream file of 6889 bytes
