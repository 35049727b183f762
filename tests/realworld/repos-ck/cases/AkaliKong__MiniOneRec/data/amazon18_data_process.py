stub: upstream file of 22605 bytes
