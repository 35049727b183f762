stub: upstream file of 26781 bytes
