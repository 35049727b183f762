stub: upstream file of 23512 bytes
