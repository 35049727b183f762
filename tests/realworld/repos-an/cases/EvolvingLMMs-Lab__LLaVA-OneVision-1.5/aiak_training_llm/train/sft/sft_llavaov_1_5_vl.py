stub: upstream file of 9538 bytes
