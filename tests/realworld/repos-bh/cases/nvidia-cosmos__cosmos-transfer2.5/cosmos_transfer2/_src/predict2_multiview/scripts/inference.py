stub: upstream file of 16732 bytes
