stub: upstream file of 2996 bytes
