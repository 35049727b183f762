stub: upstream file of 6456 bytes
