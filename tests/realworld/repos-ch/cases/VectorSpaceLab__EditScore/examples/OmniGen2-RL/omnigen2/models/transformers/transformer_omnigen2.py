stub: upstream file of 25709 bytes
