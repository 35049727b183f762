stub: upstream file of 7590 bytes
