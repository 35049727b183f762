stub: upstream file of 6966 bytes
