stub: upstream file of 21903 bytes
