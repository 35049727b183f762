stub: upstream file of 9563 bytes
