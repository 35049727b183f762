stub: upstream file of 15953 bytes
