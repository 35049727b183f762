stub: upstream file of 26059 bytes
