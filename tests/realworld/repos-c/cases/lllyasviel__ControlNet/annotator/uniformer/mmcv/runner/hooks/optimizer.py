stub: upstream file of 21654 bytes
