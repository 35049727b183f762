stub: upstream file of 22746 bytes
