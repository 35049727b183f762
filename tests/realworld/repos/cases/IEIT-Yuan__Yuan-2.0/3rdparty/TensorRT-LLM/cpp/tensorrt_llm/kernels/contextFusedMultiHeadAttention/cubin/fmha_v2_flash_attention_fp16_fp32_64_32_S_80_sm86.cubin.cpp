stub: upstream file of 375741 bytes
