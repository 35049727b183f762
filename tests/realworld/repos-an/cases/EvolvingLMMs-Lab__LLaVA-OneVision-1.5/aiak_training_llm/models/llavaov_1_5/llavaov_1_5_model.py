stub: upstream file of 21901 bytes
