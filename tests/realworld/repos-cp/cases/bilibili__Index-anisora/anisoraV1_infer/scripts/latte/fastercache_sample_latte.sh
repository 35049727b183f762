stub: upstream file of 175 bytes
