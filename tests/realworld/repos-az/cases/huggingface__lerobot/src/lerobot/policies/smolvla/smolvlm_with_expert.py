stub: upstream file of 23775 bytes
