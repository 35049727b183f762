stub: upstream file of 31472 bytes
