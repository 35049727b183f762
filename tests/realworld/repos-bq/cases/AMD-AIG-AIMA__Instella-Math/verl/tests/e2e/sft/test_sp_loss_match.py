stub: upstream file of 5874 bytes
