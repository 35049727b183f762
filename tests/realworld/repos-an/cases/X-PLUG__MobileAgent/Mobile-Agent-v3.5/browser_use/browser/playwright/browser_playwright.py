stub: upstream file of 14822 bytes
