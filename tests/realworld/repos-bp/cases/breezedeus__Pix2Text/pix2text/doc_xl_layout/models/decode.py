stub: upstream file of 23840 bytes
