stub: upstream file of 81822 bytes
