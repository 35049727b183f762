stub: upstream file of 67877 bytes
