stub: upstream file of 7693 bytes
