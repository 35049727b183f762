stub: upstream file of 25156 bytes
