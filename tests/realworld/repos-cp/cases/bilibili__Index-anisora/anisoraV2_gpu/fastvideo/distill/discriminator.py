stub: upstream file of 3606 bytes
