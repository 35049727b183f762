stub: upstream file of 3901 bytes
