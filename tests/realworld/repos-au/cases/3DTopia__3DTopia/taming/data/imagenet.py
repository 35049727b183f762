stub: upstream file of 20815 bytes
