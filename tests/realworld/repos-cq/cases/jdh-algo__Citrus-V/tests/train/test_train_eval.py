stub: upstream file of 951 bytes
