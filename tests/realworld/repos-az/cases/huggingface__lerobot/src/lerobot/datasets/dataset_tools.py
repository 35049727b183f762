stub: upstream file of 81826 bytes
