stub: upstream file of 7764 bytes
