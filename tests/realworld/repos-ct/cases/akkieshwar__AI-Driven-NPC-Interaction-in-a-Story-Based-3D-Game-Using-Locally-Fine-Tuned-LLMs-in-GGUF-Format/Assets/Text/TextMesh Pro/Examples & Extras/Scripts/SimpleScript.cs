stub: upstream file of 1826 bytes
