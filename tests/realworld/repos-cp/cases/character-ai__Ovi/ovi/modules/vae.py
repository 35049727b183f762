stub: upstream file of 24591 bytes
