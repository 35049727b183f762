stub: upstream file of 5748 bytes
