stub: upstream file of 13344 bytes
