stub: upstream file of 822 bytes
