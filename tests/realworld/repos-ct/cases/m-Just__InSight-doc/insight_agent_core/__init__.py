stub: upstream file of 515 bytes
