stub: upstream file of 12823 bytes
