stub: upstream file of 3951 bytes
