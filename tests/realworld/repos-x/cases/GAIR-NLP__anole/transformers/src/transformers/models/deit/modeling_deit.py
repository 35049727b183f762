stub: upstream file of 42339 bytes
