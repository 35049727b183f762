stub: upstream file of 48834 bytes
