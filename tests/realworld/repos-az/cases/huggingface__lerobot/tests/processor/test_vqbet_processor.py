stub: upstream file of 15520 bytes
