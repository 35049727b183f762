stub: upstream file of 7822 bytes
