stub: upstream file of 31144 bytes
