stub: upstream file of 2505 bytes
