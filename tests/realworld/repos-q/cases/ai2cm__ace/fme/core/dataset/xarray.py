stub: upstream file of 44840 bytes
