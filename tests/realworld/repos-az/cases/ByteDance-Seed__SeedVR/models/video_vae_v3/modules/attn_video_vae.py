stub: upstream file of 50678 bytes
