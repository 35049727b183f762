stub: upstream file of 17093 bytes
