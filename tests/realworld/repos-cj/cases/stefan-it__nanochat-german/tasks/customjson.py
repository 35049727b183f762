stub: upstream file of 2920 bytes
