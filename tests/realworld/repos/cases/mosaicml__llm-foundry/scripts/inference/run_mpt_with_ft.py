stub: upstream file of 18217 bytes
