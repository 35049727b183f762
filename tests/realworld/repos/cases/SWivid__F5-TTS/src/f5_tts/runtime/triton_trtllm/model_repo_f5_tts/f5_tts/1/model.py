stub: upstream file of 11786 bytes
