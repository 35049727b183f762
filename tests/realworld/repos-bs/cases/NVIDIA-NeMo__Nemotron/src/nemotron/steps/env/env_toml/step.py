stub: upstream file of 5822 bytes
