stub: upstream file of 17652 bytes
