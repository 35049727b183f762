stub: upstream file of 13626 bytes
