stub: upstream file of 673 bytes
