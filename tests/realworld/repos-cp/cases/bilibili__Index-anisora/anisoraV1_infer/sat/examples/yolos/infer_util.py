stub: upstream file of 8698 bytes
