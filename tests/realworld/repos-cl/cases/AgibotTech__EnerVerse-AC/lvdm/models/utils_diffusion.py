stub: upstream file of 6833 bytes
