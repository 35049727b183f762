stub: upstream file of 66032 bytes
