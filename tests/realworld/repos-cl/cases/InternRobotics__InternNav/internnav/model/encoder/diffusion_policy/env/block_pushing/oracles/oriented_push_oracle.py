stub: upstream file of 9728 bytes
