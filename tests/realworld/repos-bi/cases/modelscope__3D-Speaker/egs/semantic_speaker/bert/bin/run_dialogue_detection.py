stub: upstream file of 18773 bytes
