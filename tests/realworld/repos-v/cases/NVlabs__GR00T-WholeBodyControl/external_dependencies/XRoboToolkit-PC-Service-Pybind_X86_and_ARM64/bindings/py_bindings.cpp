stub: upstream file of 21951 bytes
