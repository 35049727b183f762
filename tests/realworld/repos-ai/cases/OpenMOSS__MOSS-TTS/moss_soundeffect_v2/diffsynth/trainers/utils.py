stub: upstream file of 47110 bytes
