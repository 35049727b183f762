stub: upstream file of 6044 bytes
