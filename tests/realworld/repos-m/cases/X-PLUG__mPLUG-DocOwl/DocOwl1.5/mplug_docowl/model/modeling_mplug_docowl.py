stub: upstream file of 15492 bytes
