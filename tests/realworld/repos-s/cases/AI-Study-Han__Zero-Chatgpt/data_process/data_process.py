stub: upstream file of 16312 bytes
