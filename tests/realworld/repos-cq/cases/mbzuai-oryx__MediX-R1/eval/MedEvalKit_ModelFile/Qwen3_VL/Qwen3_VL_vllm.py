stub: upstream file of 3816 bytes
