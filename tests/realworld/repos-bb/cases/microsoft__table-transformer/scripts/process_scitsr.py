stub: upstream file of 84040 bytes
