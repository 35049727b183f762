stub: upstream file of 17551 bytes
