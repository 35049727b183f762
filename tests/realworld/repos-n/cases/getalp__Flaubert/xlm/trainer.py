stub: upstream file of 41613 bytes
