stub: upstream file of 4993 bytes
