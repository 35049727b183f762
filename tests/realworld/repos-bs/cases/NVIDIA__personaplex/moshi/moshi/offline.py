stub: upstream file of 16856 bytes
