stub: upstream file of 16977 bytes
