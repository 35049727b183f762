stub: upstream file of 3047 bytes
