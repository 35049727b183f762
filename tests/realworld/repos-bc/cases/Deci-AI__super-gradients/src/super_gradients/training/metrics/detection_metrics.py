stub: upstream file of 22673 bytes
