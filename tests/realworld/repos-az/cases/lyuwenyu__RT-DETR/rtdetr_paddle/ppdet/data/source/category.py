stub: upstream file of 24013 bytes
