stub: upstream file of 14367 bytes
