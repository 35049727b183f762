stub: upstream file of 4472 bytes
