stub: upstream file of 18611 bytes
