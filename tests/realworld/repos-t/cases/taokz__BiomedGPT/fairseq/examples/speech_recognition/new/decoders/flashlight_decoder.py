stub: upstream file of 14746 bytes
