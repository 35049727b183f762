stub: upstream file of 9673 bytes
