stub: upstream file of 104504 bytes
