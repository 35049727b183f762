stub: upstream file of 2786 bytes
