stub: upstream file of 17737 bytes
