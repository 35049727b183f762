stub: upstream file of 53746 bytes
