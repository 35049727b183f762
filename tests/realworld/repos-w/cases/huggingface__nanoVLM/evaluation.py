stub: upstream file of 23845 bytes
