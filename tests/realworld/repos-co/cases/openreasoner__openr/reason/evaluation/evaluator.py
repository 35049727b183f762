stub: upstream file of 5845 bytes
