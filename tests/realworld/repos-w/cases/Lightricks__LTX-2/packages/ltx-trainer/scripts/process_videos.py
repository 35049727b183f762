stub: upstream file of 64683 bytes
