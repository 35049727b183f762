stub: upstream file of 28408 bytes
