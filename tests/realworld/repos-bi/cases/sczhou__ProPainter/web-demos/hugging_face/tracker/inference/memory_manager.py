stub: upstream file of 16965 bytes
