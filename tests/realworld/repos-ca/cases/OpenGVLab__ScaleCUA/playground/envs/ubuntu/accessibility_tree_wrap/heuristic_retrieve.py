stub: upstream file of 20327 bytes
