stub: upstream file of 4201 bytes
