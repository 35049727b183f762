stub: upstream file of 806 bytes
