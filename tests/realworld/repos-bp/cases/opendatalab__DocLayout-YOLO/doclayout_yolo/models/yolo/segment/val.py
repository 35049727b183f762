stub: upstream file of 11763 bytes
