stub: upstream file of 14034 bytes
