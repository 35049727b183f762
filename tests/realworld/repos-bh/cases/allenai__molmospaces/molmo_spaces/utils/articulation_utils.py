stub: upstream file of 19997 bytes
