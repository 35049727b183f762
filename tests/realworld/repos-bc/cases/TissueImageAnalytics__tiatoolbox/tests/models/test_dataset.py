stub: upstream file of 17678 bytes
