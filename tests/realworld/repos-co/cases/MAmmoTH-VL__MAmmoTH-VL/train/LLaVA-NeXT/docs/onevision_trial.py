stub: upstream file of 3897 bytes
