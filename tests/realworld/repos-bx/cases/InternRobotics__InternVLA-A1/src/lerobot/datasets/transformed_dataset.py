stub: upstream file of 18180 bytes
