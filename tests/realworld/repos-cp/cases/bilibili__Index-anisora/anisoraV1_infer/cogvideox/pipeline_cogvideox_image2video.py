stub: upstream file of 58109 bytes
