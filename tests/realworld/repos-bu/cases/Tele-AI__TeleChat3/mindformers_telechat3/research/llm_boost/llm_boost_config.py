stub: upstream file of 7994 bytes
