stub: upstream file of 22783 bytes
