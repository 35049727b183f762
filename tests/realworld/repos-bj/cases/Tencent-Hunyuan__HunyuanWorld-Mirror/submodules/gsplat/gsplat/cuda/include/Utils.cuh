stub: upstream file of 23386 bytes
