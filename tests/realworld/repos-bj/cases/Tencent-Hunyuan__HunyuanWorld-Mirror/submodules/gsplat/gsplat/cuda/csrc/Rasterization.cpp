stub: upstream file of 40672 bytes
