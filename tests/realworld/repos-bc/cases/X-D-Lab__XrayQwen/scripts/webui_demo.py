stub: upstream file of 9678 bytes
