stub: upstream file of 12785 bytes
