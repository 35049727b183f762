stub: upstream file of 12003 bytes
