stub: upstream file of 17241 bytes
