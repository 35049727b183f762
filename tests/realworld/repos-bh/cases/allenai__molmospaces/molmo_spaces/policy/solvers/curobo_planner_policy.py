stub: upstream file of 27810 bytes
