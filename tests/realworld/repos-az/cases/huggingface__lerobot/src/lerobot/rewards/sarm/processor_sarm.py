stub: upstream file of 25834 bytes
