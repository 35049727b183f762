stub: upstream file of 50834 bytes
