stub: upstream file of 33686 bytes
