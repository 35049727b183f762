stub: upstream file of 13613 bytes
