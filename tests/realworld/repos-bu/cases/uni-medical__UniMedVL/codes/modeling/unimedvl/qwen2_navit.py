stub: upstream file of 59678 bytes
