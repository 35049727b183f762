stub: upstream file of 36856 bytes
