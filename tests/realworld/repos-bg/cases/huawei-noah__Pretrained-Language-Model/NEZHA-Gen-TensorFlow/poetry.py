stub: upstream file of 50543 bytes
