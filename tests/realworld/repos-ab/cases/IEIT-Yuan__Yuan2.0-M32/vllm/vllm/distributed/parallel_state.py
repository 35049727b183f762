stub: upstream file of 12897 bytes
