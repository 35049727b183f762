stub: upstream file of 5666 bytes
