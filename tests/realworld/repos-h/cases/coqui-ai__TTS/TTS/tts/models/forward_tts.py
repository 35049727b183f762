stub: upstream file of 35613 bytes
