stub: upstream file of 48993 bytes
