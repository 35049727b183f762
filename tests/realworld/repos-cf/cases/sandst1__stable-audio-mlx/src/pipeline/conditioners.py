stub: upstream file of 4236 bytes
