stub: upstream file of 18655 bytes
