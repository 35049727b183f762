stub: upstream file of 16712 bytes
