stub: upstream file of 7658 bytes
