stub: upstream file of 10570 bytes
