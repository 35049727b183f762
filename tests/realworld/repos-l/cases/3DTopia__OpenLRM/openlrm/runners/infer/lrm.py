stub: upstream file of 11530 bytes
