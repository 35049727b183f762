stub: upstream file of 11781 bytes
