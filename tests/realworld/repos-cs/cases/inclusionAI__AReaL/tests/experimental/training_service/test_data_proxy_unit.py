stub: upstream file of 21564 bytes
