stub: upstream file of 8993 bytes
