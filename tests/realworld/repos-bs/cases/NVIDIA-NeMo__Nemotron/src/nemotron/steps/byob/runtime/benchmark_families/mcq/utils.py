stub: upstream file of 24040 bytes
