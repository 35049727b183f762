stub: upstream file of 6627 bytes
