stub: upstream file of 9125 bytes
