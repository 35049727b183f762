stub: upstream file of 71759 bytes
