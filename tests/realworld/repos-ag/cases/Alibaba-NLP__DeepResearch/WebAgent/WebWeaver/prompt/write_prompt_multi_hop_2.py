stub: upstream file of 12801 bytes
