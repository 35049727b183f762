stub: upstream file of 26048 bytes
