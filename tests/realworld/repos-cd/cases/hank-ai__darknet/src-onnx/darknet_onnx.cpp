stub: upstream file of 58901 bytes
