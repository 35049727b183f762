stub: upstream file of 1099 bytes
