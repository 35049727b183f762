stub: upstream file of 8540 bytes
