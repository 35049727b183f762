stub: upstream file of 18527 bytes
