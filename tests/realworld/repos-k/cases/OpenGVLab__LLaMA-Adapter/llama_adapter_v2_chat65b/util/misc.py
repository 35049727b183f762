stub: upstream file of 12344 bytes
