stub: upstream file of 17817 bytes
