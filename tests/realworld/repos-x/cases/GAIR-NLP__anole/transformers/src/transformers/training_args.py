stub: upstream file of 151709 bytes
