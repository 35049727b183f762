stub: upstream file of 23005 bytes
