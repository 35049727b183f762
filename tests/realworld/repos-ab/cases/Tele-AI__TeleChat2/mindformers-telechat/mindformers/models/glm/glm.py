stub: upstream file of 23810 bytes
