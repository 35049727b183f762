stub: upstream file of 28822 bytes
