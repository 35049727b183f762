stub: upstream file of 28906 bytes
