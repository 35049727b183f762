stub: upstream file of 5795 bytes
