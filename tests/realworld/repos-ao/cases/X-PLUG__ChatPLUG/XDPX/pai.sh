stub: upstream file of 3753 bytes
