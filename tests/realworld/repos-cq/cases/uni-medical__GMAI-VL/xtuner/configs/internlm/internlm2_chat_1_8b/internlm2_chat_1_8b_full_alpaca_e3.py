stub: upstream file of 6699 bytes
