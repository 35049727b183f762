stub: upstream file of 6514 bytes
