stub: upstream file of 53580 bytes
