stub: upstream file of 22175 bytes
