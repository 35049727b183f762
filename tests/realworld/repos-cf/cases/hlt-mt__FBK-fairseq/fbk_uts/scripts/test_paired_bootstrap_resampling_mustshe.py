stub: upstream file of 10903 bytes
