stub: upstream file of 22822 bytes
