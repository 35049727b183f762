stub: upstream file of 5815 bytes
