stub: upstream file of 4047 bytes
