stub: upstream file of 31464 bytes
