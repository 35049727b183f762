stub: upstream file of 9331 bytes
