stub: upstream file of 19529 bytes
