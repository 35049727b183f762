stub: upstream file of 3242 bytes
