stub: upstream file of 23421 bytes
