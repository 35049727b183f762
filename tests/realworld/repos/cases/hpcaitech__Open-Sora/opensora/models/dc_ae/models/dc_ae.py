stub: upstream file of 31225 bytes
