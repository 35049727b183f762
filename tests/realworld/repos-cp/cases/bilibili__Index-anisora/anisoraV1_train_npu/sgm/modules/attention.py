stub: upstream file of 20746 bytes
