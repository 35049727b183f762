stub: upstream file of 36926 bytes
