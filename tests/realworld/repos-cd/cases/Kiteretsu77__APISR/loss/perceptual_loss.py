stub: upstream file of 9838 bytes
