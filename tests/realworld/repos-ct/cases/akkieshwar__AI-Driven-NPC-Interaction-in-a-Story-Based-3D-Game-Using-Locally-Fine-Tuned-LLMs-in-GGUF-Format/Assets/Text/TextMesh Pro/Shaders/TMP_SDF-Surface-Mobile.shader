stub: upstream file of 3524 bytes
