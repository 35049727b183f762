stub: upstream file of 23555 bytes
