stub: upstream file of 27938 bytes
