stub: upstream file of 33826 bytes
