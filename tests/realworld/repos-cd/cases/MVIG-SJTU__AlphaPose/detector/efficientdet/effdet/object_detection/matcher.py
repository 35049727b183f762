stub: upstream file of 9225 bytes
