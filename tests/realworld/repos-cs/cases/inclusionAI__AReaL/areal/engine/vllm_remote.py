stub: upstream file of 19340 bytes
