stub: upstream file of 50822 bytes
