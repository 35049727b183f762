stub: upstream file of 7666 bytes
