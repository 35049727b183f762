stub: upstream file of 6948 bytes
