stub: upstream file of 4822 bytes
