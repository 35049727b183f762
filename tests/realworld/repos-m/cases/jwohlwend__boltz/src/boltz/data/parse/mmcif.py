stub: upstream file of 36822 bytes
