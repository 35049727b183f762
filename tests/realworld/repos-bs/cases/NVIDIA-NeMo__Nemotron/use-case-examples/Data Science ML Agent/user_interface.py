stub: upstream file of 19723 bytes
