stub: upstream file of 15593 bytes
