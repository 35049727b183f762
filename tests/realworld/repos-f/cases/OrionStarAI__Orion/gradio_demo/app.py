stub: upstream file of 22095 bytes
