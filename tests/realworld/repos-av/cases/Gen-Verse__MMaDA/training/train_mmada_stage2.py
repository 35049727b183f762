stub: upstream file of 44530 bytes
