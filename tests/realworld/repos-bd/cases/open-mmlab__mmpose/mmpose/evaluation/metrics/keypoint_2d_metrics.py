stub: upstream file of 39817 bytes
