stub: upstream file of 9327 bytes
