stub: upstream file of 27563 bytes
