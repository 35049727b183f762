stub: upstream file of 21444 bytes
