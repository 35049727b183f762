stub: upstream file of 42822 bytes
