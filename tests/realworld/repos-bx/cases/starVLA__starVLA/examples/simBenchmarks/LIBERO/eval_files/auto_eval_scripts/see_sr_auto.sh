stub: upstream file of 708 bytes
