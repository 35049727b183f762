stub: upstream file of 28378 bytes
