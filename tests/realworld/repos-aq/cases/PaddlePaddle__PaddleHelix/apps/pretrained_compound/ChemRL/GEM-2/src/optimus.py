stub: upstream file of 23725 bytes
