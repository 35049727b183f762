stub: upstream file of 31994 bytes
