stub: upstream file of 15488 bytes
