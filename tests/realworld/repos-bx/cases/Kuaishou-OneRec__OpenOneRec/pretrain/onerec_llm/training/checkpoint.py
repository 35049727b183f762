stub: upstream file of 17812 bytes
