stub: upstream file of 7826 bytes
