stub: upstream file of 23724 bytes
