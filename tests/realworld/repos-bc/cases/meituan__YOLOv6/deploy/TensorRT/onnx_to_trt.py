stub: upstream file of 8012 bytes
