stub: upstream file of 72700 bytes
