stub: upstream file of 23815 bytes
