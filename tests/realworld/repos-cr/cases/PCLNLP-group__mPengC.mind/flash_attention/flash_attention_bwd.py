stub: upstream file of 29737 bytes
