stub: upstream file of 18923 bytes
