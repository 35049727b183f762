stub: upstream file of 16366 bytes
