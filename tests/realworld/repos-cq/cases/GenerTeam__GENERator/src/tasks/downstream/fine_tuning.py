stub: upstream file of 14658 bytes
