stub: upstream file of 19993 bytes
