stub: upstream file of 28222 bytes
