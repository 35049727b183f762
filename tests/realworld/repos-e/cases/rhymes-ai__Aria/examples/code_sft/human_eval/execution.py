stub: upstream file of 31515 bytes
