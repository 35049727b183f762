stub: upstream file of 5945 bytes
