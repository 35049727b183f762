stub: upstream file of 3706 bytes
