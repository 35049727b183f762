stub: upstream file of 9002 bytes
