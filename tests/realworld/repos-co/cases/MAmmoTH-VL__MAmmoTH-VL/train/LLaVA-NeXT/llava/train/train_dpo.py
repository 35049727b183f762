stub: upstream file of 82658 bytes
