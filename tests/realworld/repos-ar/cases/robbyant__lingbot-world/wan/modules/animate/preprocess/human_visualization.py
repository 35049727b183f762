stub: upstream file of 44156 bytes
