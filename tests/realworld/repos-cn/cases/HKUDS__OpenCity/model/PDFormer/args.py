stub: upstream file of 9822 bytes
