stub: upstream file of 23506 bytes
