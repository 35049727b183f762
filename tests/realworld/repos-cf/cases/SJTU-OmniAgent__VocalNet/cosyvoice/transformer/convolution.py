stub: upstream file of 5230 bytes
