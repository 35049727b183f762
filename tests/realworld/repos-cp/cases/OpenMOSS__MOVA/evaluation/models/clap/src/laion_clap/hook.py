stub: upstream file of 10485 bytes
