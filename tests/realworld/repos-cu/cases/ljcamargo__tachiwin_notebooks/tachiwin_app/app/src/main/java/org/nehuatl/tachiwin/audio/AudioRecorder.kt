stub: upstream file of 8746 bytes
