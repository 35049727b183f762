stub: upstream file of 5596 bytes
