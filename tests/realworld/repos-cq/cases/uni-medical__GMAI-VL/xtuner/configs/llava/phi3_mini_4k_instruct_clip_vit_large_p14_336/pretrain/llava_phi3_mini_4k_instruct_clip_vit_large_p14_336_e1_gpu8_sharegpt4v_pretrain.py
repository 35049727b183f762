stub: upstream file of 6746 bytes
