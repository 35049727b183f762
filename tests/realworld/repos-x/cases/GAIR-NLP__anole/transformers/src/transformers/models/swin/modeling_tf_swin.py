stub: upstream file of 70673 bytes
