stub: upstream file of 1805 bytes
