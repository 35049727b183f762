stub: upstream file of 22004 bytes
