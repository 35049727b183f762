stub: upstream file of 28697 bytes
