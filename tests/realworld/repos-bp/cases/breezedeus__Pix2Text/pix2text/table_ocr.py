stub: upstream file of 38095 bytes
