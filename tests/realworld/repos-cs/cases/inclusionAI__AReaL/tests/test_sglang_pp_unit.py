stub: upstream file of 32916 bytes
