stub: upstream file of 30006 bytes
