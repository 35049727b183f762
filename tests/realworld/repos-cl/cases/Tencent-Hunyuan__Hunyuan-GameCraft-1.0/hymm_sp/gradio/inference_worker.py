stub: upstream file of 20940 bytes
