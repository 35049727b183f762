stub: upstream file of 24699 bytes
