stub: upstream file of 21105 bytes
