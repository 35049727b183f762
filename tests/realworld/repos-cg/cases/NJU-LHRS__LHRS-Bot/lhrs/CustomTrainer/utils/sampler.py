stub: upstream file of 2169 bytes
