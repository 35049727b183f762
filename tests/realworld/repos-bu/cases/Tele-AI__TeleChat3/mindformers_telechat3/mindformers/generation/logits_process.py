stub: upstream file of 31953 bytes
