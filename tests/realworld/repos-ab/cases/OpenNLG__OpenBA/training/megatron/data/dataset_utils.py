stub: upstream file of 39728 bytes
