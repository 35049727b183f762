stub: upstream file of 18783 bytes
