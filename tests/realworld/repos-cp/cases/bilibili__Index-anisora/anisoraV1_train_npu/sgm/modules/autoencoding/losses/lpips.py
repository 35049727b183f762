stub: upstream file of 2915 bytes
