stub: upstream file of 11174 bytes
