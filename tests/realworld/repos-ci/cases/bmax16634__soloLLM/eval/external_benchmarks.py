stub: upstream file of 16613 bytes
