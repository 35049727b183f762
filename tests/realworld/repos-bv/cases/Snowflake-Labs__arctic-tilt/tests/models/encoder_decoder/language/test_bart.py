stub: upstream file of 8690 bytes
