stub: upstream file of 13470 bytes
