stub: upstream file of 7723 bytes
