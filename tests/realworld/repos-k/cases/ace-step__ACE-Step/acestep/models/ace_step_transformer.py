stub: upstream file of 20685 bytes
