stub: upstream file of 13382 bytes
