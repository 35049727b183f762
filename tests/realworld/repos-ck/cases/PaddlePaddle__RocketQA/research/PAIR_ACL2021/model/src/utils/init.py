stub: upstream file of 2695 bytes
