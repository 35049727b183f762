stub: upstream file of 44088 bytes
