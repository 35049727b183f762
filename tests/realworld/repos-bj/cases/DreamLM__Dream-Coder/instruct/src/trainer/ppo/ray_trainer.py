stub: upstream file of 56655 bytes
