stub: upstream file of 16514 bytes
