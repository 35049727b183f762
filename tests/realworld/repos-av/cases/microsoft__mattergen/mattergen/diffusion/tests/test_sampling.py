stub: upstream file of 3773 bytes
