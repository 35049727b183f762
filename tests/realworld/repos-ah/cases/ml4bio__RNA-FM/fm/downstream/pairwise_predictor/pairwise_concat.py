stub: upstream file of 12008 bytes
