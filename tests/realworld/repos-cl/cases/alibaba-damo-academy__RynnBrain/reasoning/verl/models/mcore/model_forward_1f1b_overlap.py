stub: upstream file of 11723 bytes
