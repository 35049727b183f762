stub: upstream file of 19225 bytes
