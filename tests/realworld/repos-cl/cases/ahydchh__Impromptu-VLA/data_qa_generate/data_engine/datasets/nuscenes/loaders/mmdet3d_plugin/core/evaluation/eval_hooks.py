stub: upstream file of 3632 bytes
