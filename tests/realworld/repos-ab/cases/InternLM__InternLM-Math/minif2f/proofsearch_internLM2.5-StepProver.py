stub: upstream file of 11993 bytes
