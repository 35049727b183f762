stub: upstream file of 15822 bytes
