stub: upstream file of 20826 bytes
