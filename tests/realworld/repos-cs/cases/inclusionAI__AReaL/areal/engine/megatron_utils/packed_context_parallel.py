stub: upstream file of 16344 bytes
