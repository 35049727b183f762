stub: upstream file of 29514 bytes
