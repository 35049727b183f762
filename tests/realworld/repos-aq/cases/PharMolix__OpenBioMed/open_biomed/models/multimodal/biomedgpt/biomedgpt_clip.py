stub: upstream file of 2520 bytes
