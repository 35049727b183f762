stub: upstream file of 25959 bytes
