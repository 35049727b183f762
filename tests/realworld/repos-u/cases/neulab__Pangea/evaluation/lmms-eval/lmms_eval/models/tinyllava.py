stub: upstream file of 20488 bytes
