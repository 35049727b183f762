stub: upstream file of 21386 bytes
