stub: upstream file of 3628 bytes
