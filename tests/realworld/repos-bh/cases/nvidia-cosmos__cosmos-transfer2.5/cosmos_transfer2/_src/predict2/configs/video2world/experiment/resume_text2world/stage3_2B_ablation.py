stub: upstream file of 120769 bytes
