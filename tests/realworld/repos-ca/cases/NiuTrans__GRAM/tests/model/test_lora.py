stub: upstream file of 3815 bytes
