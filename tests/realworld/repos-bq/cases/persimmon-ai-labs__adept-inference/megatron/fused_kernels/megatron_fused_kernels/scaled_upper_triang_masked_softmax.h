stub: upstream file of 24658 bytes
