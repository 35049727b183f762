stub: upstream file of 7286 bytes
