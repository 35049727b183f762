stub: upstream file of 12512 bytes
