stub: upstream file of 20928 bytes
