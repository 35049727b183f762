stub: upstream file of 49769 bytes
