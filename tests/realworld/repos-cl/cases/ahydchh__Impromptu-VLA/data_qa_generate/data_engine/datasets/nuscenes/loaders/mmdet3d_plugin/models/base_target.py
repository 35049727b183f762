stub: upstream file of 1543 bytes
