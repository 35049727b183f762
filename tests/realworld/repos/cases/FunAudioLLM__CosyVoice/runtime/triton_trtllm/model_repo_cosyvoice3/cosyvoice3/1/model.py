stub: upstream file of 22340 bytes
