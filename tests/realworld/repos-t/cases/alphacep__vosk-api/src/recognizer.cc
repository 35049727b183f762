stub: upstream file of 30955 bytes
