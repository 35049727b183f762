stub: upstream file of 31249 bytes
