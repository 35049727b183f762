stub: upstream file of 19767 bytes
