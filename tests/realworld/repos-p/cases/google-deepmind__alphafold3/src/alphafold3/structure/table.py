stub: upstream file of 20333 bytes
