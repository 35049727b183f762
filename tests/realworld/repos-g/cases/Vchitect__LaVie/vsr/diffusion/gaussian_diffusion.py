stub: upstream file of 37708 bytes
