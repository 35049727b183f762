stub: upstream file of 58938 bytes
