stub: upstream file of 8031 bytes
