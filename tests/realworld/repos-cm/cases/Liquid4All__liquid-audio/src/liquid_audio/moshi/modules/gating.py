stub: upstream file of 3715 bytes
