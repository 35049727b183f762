stub: upstream file of 5688 bytes
