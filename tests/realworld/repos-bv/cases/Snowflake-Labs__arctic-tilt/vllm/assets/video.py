stub: upstream file of 2613 bytes
