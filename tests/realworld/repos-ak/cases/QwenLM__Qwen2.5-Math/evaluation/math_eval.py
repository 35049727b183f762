stub: upstream file of 14215 bytes
