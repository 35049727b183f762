stub: upstream file of 13431 bytes
