stub: upstream file of 16561 bytes
