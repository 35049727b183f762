stub: upstream file of 16085 bytes
