stub: upstream file of 12569 bytes
