stub: upstream file of 32900 bytes
