stub: upstream file of 20007 bytes
