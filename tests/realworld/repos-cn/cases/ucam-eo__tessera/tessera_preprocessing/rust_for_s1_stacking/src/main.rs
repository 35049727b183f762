stub: upstream file of 32512 bytes
