stub: upstream file of 8057 bytes
