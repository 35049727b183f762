stub: upstream file of 24746 bytes
