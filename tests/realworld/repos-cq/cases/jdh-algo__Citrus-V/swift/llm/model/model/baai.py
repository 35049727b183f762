stub: upstream file of 3822 bytes
