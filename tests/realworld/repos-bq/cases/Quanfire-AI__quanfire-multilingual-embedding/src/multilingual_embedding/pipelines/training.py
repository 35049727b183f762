stub: upstream file of 13340 bytes
