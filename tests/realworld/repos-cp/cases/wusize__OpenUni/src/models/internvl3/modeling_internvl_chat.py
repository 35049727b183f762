stub: upstream file of 16008 bytes
