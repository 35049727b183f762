stub: upstream file of 1036 bytes
