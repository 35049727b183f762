stub: upstream file of 31963 bytes
