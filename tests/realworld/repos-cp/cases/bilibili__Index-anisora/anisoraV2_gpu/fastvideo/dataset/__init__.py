stub: upstream file of 3480 bytes
