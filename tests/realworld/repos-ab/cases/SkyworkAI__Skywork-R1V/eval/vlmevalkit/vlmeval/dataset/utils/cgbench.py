stub: upstream file of 21520 bytes
