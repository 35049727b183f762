stub: upstream file of 10002 bytes
