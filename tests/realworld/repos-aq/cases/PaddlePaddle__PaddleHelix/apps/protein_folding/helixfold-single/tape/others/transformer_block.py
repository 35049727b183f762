stub: upstream file of 27350 bytes
