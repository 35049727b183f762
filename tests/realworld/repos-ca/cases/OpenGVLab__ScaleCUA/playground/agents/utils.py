stub: upstream file of 3993 bytes
