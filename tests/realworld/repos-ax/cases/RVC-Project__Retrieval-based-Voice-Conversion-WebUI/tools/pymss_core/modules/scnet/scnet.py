stub: upstream file of 9937 bytes
