stub: upstream file of 17810 bytes
