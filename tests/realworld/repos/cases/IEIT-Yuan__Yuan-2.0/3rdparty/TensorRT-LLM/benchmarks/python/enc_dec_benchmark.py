stub: upstream file of 15715 bytes
