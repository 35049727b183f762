stub: upstream file of 3207 bytes
