stub: upstream file of 31742 bytes
