stub: upstream file of 512 bytes
