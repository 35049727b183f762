stub: upstream file of 17742 bytes
