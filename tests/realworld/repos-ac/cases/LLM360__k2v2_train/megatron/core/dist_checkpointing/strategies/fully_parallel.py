stub: upstream file of 21797 bytes
