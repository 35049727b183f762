stub: upstream file of 30134 bytes
