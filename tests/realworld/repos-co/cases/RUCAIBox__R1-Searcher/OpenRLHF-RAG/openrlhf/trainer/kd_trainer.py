stub: upstream file of 10551 bytes
