stub: upstream file of 23723 bytes
