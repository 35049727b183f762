stub: upstream file of 47134 bytes
