stub: upstream file of 37877 bytes
