stub: upstream file of 23993 bytes
