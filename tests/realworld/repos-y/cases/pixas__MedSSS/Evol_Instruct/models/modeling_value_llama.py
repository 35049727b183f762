stub: upstream file of 25753 bytes
