stub: upstream file of 2822 bytes
