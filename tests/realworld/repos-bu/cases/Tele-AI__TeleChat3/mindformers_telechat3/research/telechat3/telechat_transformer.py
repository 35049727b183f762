stub: upstream file of 35012 bytes
