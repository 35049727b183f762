stub: upstream file of 2553 bytes
