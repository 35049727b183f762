stub: upstream file of 24375 bytes
