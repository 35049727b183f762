stub: upstream file of 909 bytes
