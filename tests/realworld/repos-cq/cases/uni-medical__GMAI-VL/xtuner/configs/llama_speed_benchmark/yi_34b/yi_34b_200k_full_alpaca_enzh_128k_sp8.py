stub: upstream file of 7524 bytes
