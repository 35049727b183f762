stub: upstream file of 24758 bytes
