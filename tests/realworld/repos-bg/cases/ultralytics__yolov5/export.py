stub: upstream file of 68685 bytes
