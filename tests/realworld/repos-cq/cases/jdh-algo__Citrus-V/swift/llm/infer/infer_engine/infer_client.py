stub: upstream file of 6747 bytes
