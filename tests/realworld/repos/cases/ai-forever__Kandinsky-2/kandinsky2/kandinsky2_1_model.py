stub: upstream file of 19533 bytes
