stub: upstream file of 16880 bytes
