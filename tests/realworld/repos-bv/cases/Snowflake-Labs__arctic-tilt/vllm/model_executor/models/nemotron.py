stub: upstream file of 20992 bytes
