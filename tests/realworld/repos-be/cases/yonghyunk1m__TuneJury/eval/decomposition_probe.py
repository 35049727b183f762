stub: upstream file of 17822 bytes
