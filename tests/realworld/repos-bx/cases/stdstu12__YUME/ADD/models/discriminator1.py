stub: upstream file of 9958 bytes
