stub: upstream file of 404180 bytes
