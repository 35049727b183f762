stub: upstream file of 4652 bytes
