stub: upstream file of 15514 bytes
