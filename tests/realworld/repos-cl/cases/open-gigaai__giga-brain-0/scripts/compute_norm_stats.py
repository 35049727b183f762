stub: upstream file of 8823 bytes
