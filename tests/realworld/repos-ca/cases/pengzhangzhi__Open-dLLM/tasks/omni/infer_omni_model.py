stub: upstream file of 7834 bytes
