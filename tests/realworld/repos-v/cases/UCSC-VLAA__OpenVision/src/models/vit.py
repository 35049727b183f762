stub: upstream file of 40005 bytes
