stub: upstream file of 9805 bytes
