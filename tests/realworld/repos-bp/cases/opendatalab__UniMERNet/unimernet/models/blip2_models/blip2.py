stub: upstream file of 11783 bytes
