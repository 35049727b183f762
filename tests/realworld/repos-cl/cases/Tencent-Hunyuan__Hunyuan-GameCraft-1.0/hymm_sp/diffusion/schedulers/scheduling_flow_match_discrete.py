stub: upstream file of 9203 bytes
