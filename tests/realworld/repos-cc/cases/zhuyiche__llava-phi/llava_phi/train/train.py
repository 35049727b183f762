stub: upstream file of 31325 bytes
