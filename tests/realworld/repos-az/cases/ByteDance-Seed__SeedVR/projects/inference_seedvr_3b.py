stub: upstream file of 12908 bytes
