stub: upstream file of 34156 bytes
