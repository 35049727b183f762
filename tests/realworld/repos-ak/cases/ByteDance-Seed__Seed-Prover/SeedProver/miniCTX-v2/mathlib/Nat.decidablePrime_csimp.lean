stub: upstream file of 11980 bytes
