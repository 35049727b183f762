stub: upstream file of 22641 bytes
