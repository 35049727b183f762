stub: upstream file of 7472 bytes
