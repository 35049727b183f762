stub: upstream file of 22965 bytes
