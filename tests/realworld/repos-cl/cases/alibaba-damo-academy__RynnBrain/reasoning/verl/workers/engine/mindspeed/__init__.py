stub: upstream file of 698 bytes
