stub: upstream file of 4565 bytes
