stub: upstream file of 30560 bytes
