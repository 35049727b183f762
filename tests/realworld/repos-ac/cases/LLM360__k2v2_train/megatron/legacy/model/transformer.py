stub: upstream file of 78746 bytes
