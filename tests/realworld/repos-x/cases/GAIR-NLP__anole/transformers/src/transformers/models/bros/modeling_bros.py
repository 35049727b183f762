stub: upstream file of 57838 bytes
