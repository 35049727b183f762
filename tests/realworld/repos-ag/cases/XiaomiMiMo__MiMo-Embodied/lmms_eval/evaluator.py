stub: upstream file of 27932 bytes
