stub: upstream file of 12822 bytes
