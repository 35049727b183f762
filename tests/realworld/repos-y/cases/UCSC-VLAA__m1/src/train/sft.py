stub: upstream file of 3652 bytes
