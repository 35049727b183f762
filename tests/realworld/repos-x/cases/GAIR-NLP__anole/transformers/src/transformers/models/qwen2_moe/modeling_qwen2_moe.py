stub: upstream file of 80822 bytes
