stub: upstream file of 39635 bytes
