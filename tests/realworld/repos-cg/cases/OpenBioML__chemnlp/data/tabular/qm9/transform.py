stub: upstream file of 1444 bytes
