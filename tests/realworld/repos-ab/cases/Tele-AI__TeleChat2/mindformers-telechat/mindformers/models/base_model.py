stub: upstream file of 17632 bytes
