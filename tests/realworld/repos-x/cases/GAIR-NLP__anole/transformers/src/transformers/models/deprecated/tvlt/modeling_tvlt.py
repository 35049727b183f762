stub: upstream file of 56698 bytes
