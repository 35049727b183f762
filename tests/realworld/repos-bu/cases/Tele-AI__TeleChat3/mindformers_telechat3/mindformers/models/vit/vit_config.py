stub: upstream file of 8809 bytes
