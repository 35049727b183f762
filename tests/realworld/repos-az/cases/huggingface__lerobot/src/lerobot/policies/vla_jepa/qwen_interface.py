stub: upstream file of 6822 bytes
