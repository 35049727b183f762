stub: upstream file of 2764 bytes
