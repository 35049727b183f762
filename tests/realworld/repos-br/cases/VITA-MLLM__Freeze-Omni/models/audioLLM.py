stub: upstream file of 18746 bytes
