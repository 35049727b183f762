stub: upstream file of 25611 bytes
