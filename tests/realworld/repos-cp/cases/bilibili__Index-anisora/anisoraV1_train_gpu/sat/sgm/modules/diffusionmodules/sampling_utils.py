stub: upstream file of 5146 bytes
