stub: upstream file of 11917 bytes
