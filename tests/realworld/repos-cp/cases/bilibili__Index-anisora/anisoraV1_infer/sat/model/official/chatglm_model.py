stub: upstream file of 11846 bytes
