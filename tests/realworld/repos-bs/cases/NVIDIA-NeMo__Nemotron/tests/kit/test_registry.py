stub: upstream file of 16152 bytes
