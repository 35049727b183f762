stub: upstream file of 46200 bytes
