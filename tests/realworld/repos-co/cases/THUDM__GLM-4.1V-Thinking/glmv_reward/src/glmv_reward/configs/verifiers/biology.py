stub: upstream file of 655 bytes
