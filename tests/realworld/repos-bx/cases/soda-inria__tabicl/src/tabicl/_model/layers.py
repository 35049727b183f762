stub: upstream file of 28029 bytes
