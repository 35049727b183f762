stub: upstream file of 17362 bytes
