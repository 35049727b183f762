stub: upstream file of 29723 bytes
