stub: upstream file of 856 bytes
