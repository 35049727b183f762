stub: upstream file of 14669 bytes
