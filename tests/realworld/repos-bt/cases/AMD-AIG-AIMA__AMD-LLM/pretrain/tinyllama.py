stub: upstream file of 16047 bytes
