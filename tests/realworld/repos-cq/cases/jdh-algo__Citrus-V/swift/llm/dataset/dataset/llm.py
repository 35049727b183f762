stub: upstream file of 32200 bytes
