stub: upstream file of 13415 bytes
