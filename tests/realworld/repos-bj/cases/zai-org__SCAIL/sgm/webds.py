stub: upstream file of 14149 bytes
