stub: upstream file of 10882 bytes
