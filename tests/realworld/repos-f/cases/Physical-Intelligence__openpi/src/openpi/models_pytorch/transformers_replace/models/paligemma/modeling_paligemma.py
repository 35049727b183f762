stub: upstream file of 27688 bytes
