stub: upstream file of 12387 bytes
