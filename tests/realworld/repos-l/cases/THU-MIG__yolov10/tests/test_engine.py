stub: upstream file of 4562 bytes
