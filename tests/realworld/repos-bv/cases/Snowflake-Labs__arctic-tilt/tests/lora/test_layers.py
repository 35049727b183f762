stub: upstream file of 50779 bytes
