stub: upstream file of 5723 bytes
