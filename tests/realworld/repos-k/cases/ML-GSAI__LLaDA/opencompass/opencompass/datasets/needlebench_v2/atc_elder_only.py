stub: upstream file of 10822 bytes
