stub: upstream file of 67036 bytes
