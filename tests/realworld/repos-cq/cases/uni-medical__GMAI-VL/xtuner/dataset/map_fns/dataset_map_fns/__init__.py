stub: upstream file of 2077 bytes
