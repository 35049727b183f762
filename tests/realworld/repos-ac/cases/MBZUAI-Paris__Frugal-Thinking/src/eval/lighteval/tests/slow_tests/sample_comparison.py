stub: upstream file of 10122 bytes
