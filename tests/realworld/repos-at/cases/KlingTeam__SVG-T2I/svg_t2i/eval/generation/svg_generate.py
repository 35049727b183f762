stub: upstream file of 21178 bytes
