stub: upstream file of 10850 bytes
