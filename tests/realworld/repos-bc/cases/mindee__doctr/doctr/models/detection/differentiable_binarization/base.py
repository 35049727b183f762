stub: upstream file of 15834 bytes
