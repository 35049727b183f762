stub: upstream file of 15197 bytes
