stub: upstream file of 19294 bytes
