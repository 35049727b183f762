stub: upstream file of 28874 bytes
