stub: upstream file of 20107 bytes
