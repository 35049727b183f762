stub: upstream file of 31746 bytes
