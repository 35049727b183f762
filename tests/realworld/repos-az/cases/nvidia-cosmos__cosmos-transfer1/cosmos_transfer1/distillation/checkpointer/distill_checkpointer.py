stub: upstream file of 8036 bytes
