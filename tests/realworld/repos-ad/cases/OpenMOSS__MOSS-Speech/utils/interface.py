stub: upstream file of 22715 bytes
