stub: upstream file of 9966 bytes
