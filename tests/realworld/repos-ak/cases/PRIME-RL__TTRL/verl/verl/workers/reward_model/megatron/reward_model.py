stub: upstream file of 12936 bytes
