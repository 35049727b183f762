stub: upstream file of 15084 bytes
