stub: upstream file of 95501 bytes
