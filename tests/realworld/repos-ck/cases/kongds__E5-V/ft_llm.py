stub: upstream file of 26592 bytes
