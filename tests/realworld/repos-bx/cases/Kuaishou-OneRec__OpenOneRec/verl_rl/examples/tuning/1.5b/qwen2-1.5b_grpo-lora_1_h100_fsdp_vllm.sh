stub: upstream file of 2987 bytes
