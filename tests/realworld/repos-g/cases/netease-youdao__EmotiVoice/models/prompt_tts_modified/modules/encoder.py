stub: upstream file of 10312 bytes
