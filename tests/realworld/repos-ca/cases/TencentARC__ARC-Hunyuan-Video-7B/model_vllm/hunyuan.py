stub: upstream file of 27798 bytes
