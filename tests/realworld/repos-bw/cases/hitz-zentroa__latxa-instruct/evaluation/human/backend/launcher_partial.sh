stub: upstream file of 10114 bytes
