stub: upstream file of 9695 bytes
