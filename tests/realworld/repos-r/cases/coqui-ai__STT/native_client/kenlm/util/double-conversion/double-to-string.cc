stub: upstream file of 15863 bytes
