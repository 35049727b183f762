stub: upstream file of 22834 bytes
