stub: upstream file of 3736 bytes
