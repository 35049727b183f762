stub: upstream file of 3648 bytes
