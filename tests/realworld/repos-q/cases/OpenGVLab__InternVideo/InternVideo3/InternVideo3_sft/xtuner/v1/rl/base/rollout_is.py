stub: upstream file of 29426 bytes
