stub: upstream file of 9651 bytes
