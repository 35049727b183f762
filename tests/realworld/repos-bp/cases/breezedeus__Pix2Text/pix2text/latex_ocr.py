stub: upstream file of 17648 bytes
