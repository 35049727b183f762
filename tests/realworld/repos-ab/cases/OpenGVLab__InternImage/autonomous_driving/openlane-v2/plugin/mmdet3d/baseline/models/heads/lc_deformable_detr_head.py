stub: upstream file of 24822 bytes
