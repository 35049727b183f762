stub: upstream file of 19673 bytes
