stub: upstream file of 29819 bytes
