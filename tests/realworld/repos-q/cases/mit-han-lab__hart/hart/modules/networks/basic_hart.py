stub: upstream file of 51591 bytes
