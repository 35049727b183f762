stub: upstream file of 16822 bytes
