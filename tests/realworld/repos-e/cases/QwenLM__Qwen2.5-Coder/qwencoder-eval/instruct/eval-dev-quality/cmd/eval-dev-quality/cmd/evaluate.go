stub: upstream file of 31561 bytes
