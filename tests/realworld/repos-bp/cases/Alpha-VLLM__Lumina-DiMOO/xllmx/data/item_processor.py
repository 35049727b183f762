stub: upstream file of 10690 bytes
