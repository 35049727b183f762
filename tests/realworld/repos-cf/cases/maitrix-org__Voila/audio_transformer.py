stub: upstream file of 14340 bytes
