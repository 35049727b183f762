stub: upstream file of 19746 bytes
