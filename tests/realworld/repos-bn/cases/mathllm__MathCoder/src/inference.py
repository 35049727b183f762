stub: upstream file of 11325 bytes
