stub: upstream file of 10605 bytes
