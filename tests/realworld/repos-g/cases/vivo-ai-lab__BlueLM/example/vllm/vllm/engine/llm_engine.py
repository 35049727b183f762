stub: upstream file of 31405 bytes
