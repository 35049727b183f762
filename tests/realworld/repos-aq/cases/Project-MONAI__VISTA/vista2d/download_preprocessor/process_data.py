stub: upstream file of 18832 bytes
