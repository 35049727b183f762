stub: upstream file of 23786 bytes
