stub: upstream file of 21620 bytes
