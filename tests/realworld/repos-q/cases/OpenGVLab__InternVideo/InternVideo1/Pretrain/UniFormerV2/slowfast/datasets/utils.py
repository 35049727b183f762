stub: upstream file of 14860 bytes
