stub: upstream file of 39640 bytes
