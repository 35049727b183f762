stub: upstream file of 16027 bytes
